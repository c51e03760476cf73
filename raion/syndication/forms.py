"""The admin form of a feed source: its network limits are the importer's guard against
requests to this server's own network."""

import ipaddress

from django import forms
from django.utils.translation import gettext_lazy as _

from raion.network.forms import SiteScopedForm

# A "network" this wide is the internet, not a feed's host: listing it switches the
# private-address guard off.
MIN_PREFIX = {4: 8, 6: 16}


def parse_networks(text):
    """{network: line} of the valid lines of `text`; the model reports the others."""
    networks = {}
    for line in text.splitlines():
        try:
            networks[ipaddress.ip_network(line.strip(), strict=False)] = line.strip()
        except ValueError:
            continue
    return networks


class FeedSourceForm(SiteScopedForm):
    def clean_allowed_networks(self):
        text = self.cleaned_data["allowed_networks"]
        networks = parse_networks(text)
        too_wide = [
            line for net, line in networks.items() if net.prefixlen < MIN_PREFIX[net.version]
        ]
        if too_wide:
            raise forms.ValidationError(
                _(
                    "%(networks)s spans a large part of the internet; "
                    "list the feed's own host or network."
                )
                % {"networks": ", ".join(too_wide)}
            )
        if not self.works_everywhere:
            opened = set(networks) - set(
                parse_networks(self.instance.allowed_networks if self.instance.pk else "")
            )
            if opened:
                raise forms.ValidationError(
                    _(
                        "Only a network administrator may open private addresses "
                        "to a feed: %(networks)s"
                    )
                    % {"networks": ", ".join(networks[net] for net in opened)}
                )
        return text
