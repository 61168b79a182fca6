# METADATA
# title: Data protection officer without contact details
# description: |
#   Where the controller has designated a data protection officer, the notice
#   must give the DPO's contact details and the controller must publish them
#   (Art. 37(7)), so that people can reach the DPO directly. The DPO's name is
#   not required, a channel is: an e-mail address, phone number, web form or
#   postal address. A DPO that is named counts as designated unless the notice
#   says otherwise.
# related_resources:
#   - description: GDPR Art. 13(1)(b), contact details of the data protection officer
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 14(1)(b), the same for data obtained from other sources
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: GDPR Art. 37(7), publication of the DPO's contact details
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_37
# custom:
#   id: dpo-contact
#   severity: error
#   references:
#     - GDPR Art. 13(1)(b)
#     - GDPR Art. 14(1)(b)
#     - GDPR Art. 37(7)
#   fix: |
#     Give the DPO's own channel under controller.dpo.contact (a dedicated
#     e-mail address such as dpo@example.com, a phone number, a web form or a
#     postal address marked for the DPO's attention). If no DPO is designated,
#     set designated: false.
#   examples:
#     avoid: |
#       controller:
#         dpo:
#           designated: true
#           name: Data protection officer of Atelier Voorbeeld BV
#     prefer: |
#       controller:
#         dpo:
#           designated: true
#           name: Data protection officer of Atelier Voorbeeld BV
#           contact:
#             email: dpo@example.be
# scope: package
package noticelint.rules.controller.dpo_contact

import data.noticelint.lib.contact_channels
import data.noticelint.lib.text

report contains {
	"message": $"The controller has designated a data protection officer{_named(dpo)} but the notice gives no way to contact them: no e-mail address, phone number, web form or postal address.",
	"pointer": "/controller/dpo",
} if {
	dpo := input.notice.controller.dpo
	_designated(dpo)
	not contact_channels.reachable(object.get(dpo, "contact", {}))
}

_designated(dpo) if dpo.designated == true

# A named DPO counts as designated unless the notice says designated: false.
_designated(dpo) if {
	not text.blank(dpo.name)
	not _denied(dpo)
}

_denied(dpo) if dpo.designated == false

default _named(_) := ""

_named(dpo) := $" (\"{dpo.name}\")" if not text.blank(dpo.name)
