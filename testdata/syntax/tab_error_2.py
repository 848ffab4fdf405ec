def f():
    	pass
	pass
