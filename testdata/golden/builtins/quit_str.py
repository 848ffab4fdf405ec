# quit() with a string prints it on stderr and exits with status 1.
print("before quit")
quit("goodbye message")
