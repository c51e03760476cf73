import pytest

HOST = "liozno.localhost"


@pytest.fixture
def reader(client):
    """A reader of Liozno's site whose browser sends the site's Origin with each post."""
    client.defaults["HTTP_HOST"] = HOST
    client.defaults["HTTP_ORIGIN"] = f"http://{HOST}"
    return client


def answer(client, page, /, address="192.0.2.1", **fields):
    """Post an answer about `page` from `address`."""
    data = {"page": page.pk, "useful": "yes", "comment": "", "website": ""}
    data.update(fields)
    return client.post("/feedback/", data, REMOTE_ADDR=address)
