package hang
