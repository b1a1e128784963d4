package st
