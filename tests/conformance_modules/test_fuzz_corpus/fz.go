package fz
