# METADATA
# title: Contact channels
# description: |
#   Whether a contact block of the notice (controller, DPO, representative)
#   gives a way to reach someone: an e-mail address, a phone number, a web form
#   or a postal address. A web site alone is not a contact channel.
# scope: package
package noticelint.lib.contact_channels

import data.noticelint.lib.text

# reachable holds when contact gives at least one channel: e-mail, phone,
# web form or postal address.
reachable(contact) if _filled(contact.email)

reachable(contact) if _filled(contact.phone)

reachable(contact) if _filled(contact.form)

reachable(contact) if postal(contact.postal)

# postal holds for an address that locates someone beyond the country: a
# street (or PO box), a postal code or a city.
postal(address) if _filled(address.street)

postal(address) if _filled(address.postal_code)

postal(address) if _filled(address.city)

_filled(s) if not text.blank(s)
