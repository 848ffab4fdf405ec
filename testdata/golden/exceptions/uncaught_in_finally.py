# An exception raised in a finally block while another propagates: both
# are printed, chained.
def cleanup_fails():
    try:
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        {}["cleanup key"]
cleanup_fails()
