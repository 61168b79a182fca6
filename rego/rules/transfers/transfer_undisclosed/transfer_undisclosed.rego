# METADATA
# title: Transfer outside the EEA not disclosed
# description: |
#   A notice must tell people when their data goes to a country outside the
#   EEA, and on which ground. A recipient that processes the data in such a
#   country, or a cookie whose provider is there, shows a transfer; if the
#   notice's transfers do not list that country, the transfer is undisclosed.
#   This holds even for a country with an adequacy decision.
# related_resources:
#   - description: GDPR Art. 13(1)(f), the intention to transfer data to a third country
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13
#   - description: GDPR Art. 14(1)(f), the same for data obtained from other sources
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_14
#   - description: GDPR Art. 44, the general principle for transfers
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_44
# custom:
#   id: transfer-undisclosed
#   severity: error
#   references:
#     - GDPR Art. 13(1)(f)
#     - GDPR Art. 14(1)(f)
#   fix: |
#     Add a transfer for each country outside the EEA where a recipient or a
#     cookie provider processes the data, with its destination, recipient and
#     mechanism; or correct the recipient's countries if the data stays in the
#     EEA.
#   examples:
#     avoid: |
#       recipients:
#         - name: Example Mail Inc.
#           role: processor
#           countries: [US]
#     prefer: |
#       recipients:
#         - name: Example Mail Inc.
#           role: processor
#           countries: [US]
#       transfers:
#         - destination: US
#           recipient: Example Mail Inc.
#           mechanism: eu_us_dpf
#           dpf_certified: true
# scope: package
package noticelint.rules.transfers.transfer_undisclosed

import data.noticelint.facts
import data.noticelint.lib.disclosure

# The recipients of the whole notice, then those of each activity, then the
# cookie providers. Each body binds the EEA members and the disclosed
# destinations once, before its loops, so that every country costs two local
# lookups; names and pointers are built in the heads, only for the countries
# that fire.
report contains {
	"message": $"{disclosure.recipient(r)} processes data in {country}, but the notice discloses no transfer to {country}.",
	"pointer": $"/recipients/{i}/countries/{k}",
} if {
	eea := facts.eea.members
	disclosed := _disclosed
	some i, r in input.notice.recipients
	some k, country in r.countries
	not eea[country]
	not disclosed[country]
}

report contains {
	"message": $"{disclosure.recipient(r)} of activity \"{activity.name}\" processes data in {country}, but the notice discloses no transfer to {country}.",
	"pointer": $"/activities/{i}/recipients/{j}/countries/{k}",
} if {
	eea := facts.eea.members
	disclosed := _disclosed
	some i, activity in input.notice.activities
	some j, r in activity.recipients
	some k, country in r.countries
	not eea[country]
	not disclosed[country]
}

report contains {
	"message": $"The provider of cookie \"{cookie.name}\" is in {country}, but the notice discloses no transfer to {country}.",
	"pointer": $"/cookies/{i}/provider_country",
} if {
	eea := facts.eea.members
	disclosed := _disclosed
	some i, cookie in input.notice.cookies
	country := cookie.provider_country
	not eea[country]
	not disclosed[country]
}

# The destinations of the transfers the notice discloses.
_disclosed contains transfer.destination if some transfer in input.notice.transfers
