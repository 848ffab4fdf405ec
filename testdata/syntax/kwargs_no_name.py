def f(**):pass
