if __name__ == "__main__":
    print("main", __name__)
print(__file__.endswith("main_check.py"))
