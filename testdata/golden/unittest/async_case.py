import asyncio
import io
import re
import unittest

events = []


class AT(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        events.append('asyncSetUp')
        self.loop = asyncio.get_running_loop()
        self.addAsyncCleanup(self.on_cleanup)

    async def on_cleanup(self):
        events.append('async cleanup')

    async def test_sleep(self):
        events.append('test_sleep')
        self.assertIs(asyncio.get_running_loop(), self.loop)
        r = await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2))
        self.assertEqual(r, [1, 2])

    async def test_fail(self):
        events.append('test_fail')
        await asyncio.sleep(0)
        self.assertEqual(await asyncio.sleep(0, 3), 4)

    def test_sync(self):
        events.append('test_sync')

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(AT)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
# the traceback passes through asyncio, whose frames differ: its last lines only
text = stream.getvalue()
text = re.sub(r"Traceback \(most recent call last\):\n(  .*\n)*", "Traceback ...\n", text)
stream = io.StringIO(text)
print(re.sub(r'\d+\.\d+s', 'X.XXXs', stream.getvalue()), end='')
print(events)
print(result.wasSuccessful())
