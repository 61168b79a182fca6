# METADATA
# title: Controller identity or contact details missing
# description: |
#   A notice must say who the controller is and how to reach it: its legal
#   name, its address with the country, and at least one contact channel
#   (e-mail, phone, web form or postal address). Without them people cannot
#   tell who is responsible for their data or where to exercise their rights.
#   A web site alone is not a contact channel.
# related_resources:
#   - description: GDPR Art. 13(1)(a), identity and contact details of the controller (data collected from the person)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 14(1)(a), the same for data obtained from other sources
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
# custom:
#   id: controller-identity
#   severity: error
#   references:
#     - GDPR Art. 13(1)(a)
#     - GDPR Art. 14(1)(a)
#   fix: |
#     Give controller.name (the legal name), controller.address with at least
#     the country (ISO code such as BE), and at least one channel under
#     controller.contact: email, phone, form or a postal address.
#   examples:
#     avoid: |
#       controller:
#         name: Atelier Voorbeeld BV
#         contact:
#           website: https://www.example.be
#     prefer: |
#       controller:
#         name: Atelier Voorbeeld BV
#         address:
#           street: Voorbeeldstraat 12
#           postal_code: "9000"
#           city: Gent
#           country: BE
#         contact:
#           email: privacy@example.be
# scope: package
package noticelint.rules.controller.controller_identity

import data.noticelint.lib.contact_channels
import data.noticelint.lib.text

# No controller at all: one finding, the other elements are moot.
report contains {
	"message": "The notice does not identify the controller: give its name, address and contact details.",
	"pointer": "",
} if {
	not input.notice.controller
}

report contains {
	"message": "The controller's legal name is not given.",
	"pointer": pointer,
} if {
	controller := input.notice.controller
	text.blank(object.get(controller, "name", ""))
	pointer := _name_pointer(controller)
}

report contains {
	"message": $"{_controller} has no address.",
	"pointer": "/controller",
} if {
	controller := input.notice.controller
	not controller.address
}

report contains {
	"message": $"{_controller} gives an address without the country.",
	"pointer": "/controller/address",
} if {
	address := input.notice.controller.address
	text.blank(object.get(address, "country", ""))
}

report contains {
	"message": $"{_controller} gives no way to contact it: no e-mail address, phone number, web form or postal address.",
	"pointer": pointer,
} if {
	controller := input.notice.controller
	not contact_channels.reachable(object.get(controller, "contact", {}))
	pointer := _contact_pointer(controller)
}

# A call with an absent argument is undefined, and so is its negation: pass
# object.get(..., "") rather than the bare field to "not _filled(...)" or
# text.blank.
_filled(s) if not text.blank(s)

default _controller := "The controller"

_controller := $"The controller \"{name}\"" if {
	name := input.notice.controller.name
	_filled(name)
}

# A name present but blank is the offending value; an absent one is missing
# from the controller object.
default _name_pointer(_) := "/controller"

_name_pointer(controller) := "/controller/name" if is_string(controller.name)

default _contact_pointer(_) := "/controller"

_contact_pointer(controller) := "/controller/contact" if controller.contact
