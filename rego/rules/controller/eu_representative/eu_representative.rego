# METADATA
# title: Representative in the Union missing
# description: |
#   A controller established outside the European Economic Area that offers
#   goods or services to, or monitors, people in the Union must designate a
#   representative there (Art. 27), and the notice must give the
#   representative's identity and contact details. The rule fires when the
#   controller's address is outside the EEA and the notice names no
#   representative, neither by name nor by address or contact details.
# related_resources:
#   - description: GDPR Art. 27, representatives of controllers not established in the Union
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_27
#   - description: GDPR Art. 13(1)(a), identity and contact details of the controller's representative
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 3(2), controllers outside the Union that offer goods or services to, or monitor, people in the Union
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_3
# custom:
#   id: eu-representative
#   severity: error
#   references:
#     - GDPR Art. 27
#     - GDPR Art. 13(1)(a)
#     - GDPR Art. 14(1)(a)
#   fix: |
#     Name the representative in the Union under controller.representative,
#     with its address in the EEA and a contact channel. If the controller is in
#     fact established in the EEA, give that address as controller.address.
#   examples:
#     avoid: |
#       controller:
#         name: Example Apps Inc.
#         address:
#           city: San Francisco
#           country: US
#     prefer: |
#       controller:
#         name: Example Apps Inc.
#         address:
#           city: San Francisco
#           country: US
#         representative:
#           name: Example Apps Europe BV
#           address:
#             street: Kerkstraat 1
#             postal_code: "2000"
#             city: Antwerpen
#             country: BE
#           contact:
#             email: eu-representative@example.com
# scope: package
package noticelint.rules.controller.eu_representative

import data.noticelint.lib.contact_channels
import data.noticelint.lib.countries
import data.noticelint.lib.text

report contains {
	"message": $"The controller's address is in {country}, outside the EEA, but the notice names no representative in the Union.",
	"pointer": "/controller/address/country",
} if {
	controller := input.notice.controller
	country := controller.address.country
	not text.blank(country)
	not countries.in_eea(country)
	not _identified(object.get(controller, "representative", {}))
}

# A representative is identified by its name, its address or a contact channel.
_identified(representative) if not text.blank(representative.name)

_identified(representative) if contact_channels.postal(representative.address)

_identified(representative) if contact_channels.reachable(representative.contact)
