"""ThreadBatch: gathered items reach `send` once per batch, and only this thread's."""

import threading

from raion.core.batching import ThreadBatch


def test_outside_gathering_nothing_is_gathered():
    sent = []
    batch = ThreadBatch(sent.append)
    assert batch.add({1}) is False
    batch.flush()
    assert sent == []


def test_items_are_sent_once_at_each_flush_and_on_leaving():
    sent = []
    batch = ThreadBatch(sent.append)
    with batch.gathering():
        assert batch.add([1, 2]) and batch.add([2])
        batch.flush()
        batch.flush()  # nothing new: nothing sent
        batch.add([3])
        assert sent == [{1, 2}]
    assert sent == [{1, 2}, {3}]
    assert batch.add([4]) is False


def test_items_are_sent_on_leaving_after_an_error():
    sent = []
    batch = ThreadBatch(sent.append)
    try:
        with batch.gathering():
            batch.add([1])
            raise RuntimeError("the run failed")
    except RuntimeError:
        pass
    assert sent == [{1}]


def test_another_thread_is_not_gathering():
    batch = ThreadBatch(lambda items: None)
    added = []
    with batch.gathering():
        thread = threading.Thread(target=lambda: added.append(batch.add([1])))
        thread.start()
        thread.join()
    assert added == [False]
