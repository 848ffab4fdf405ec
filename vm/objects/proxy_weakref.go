package objects

// A proxy is an ordinary object of the interpreter holding it, so it can
// be weakly referenced there (a WeakSet of listeners, a
// WeakValueDictionary cache, holding proxies as they would hold the
// objects); the weak reference is to the proxy, never to the object of
// another interpreter, and dies with the proxy.
func init() { MarkWeakrefable(ProxyType) }
