# A singly linked list class with iteration, len, indexing, reversal, repr.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], list(ll), 3 in ll, sum(ll))
ll.reverse()
print(ll)
ll.push("x")
print(ll, len(ll))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
