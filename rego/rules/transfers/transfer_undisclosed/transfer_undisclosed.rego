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
# scope: package
package noticelint.rules.transfers.transfer_undisclosed

import data.noticelint.lib.countries
import data.noticelint.lib.disclosure
import data.noticelint.lib.result

report contains result.fail(
	$"{label} processes data in {country}, but the notice discloses no transfer to {country}.",
	$"{pointer}/countries/{k}",
) if {
	some [pointer, r, label] in disclosure.recipients
	some k, country in r.countries
	not countries.in_eea(country)
	not _disclosed[country]
}

report contains result.fail(
	$"The provider of cookie \"{cookie.name}\" is in {country}, but the notice discloses no transfer to {country}.",
	$"/cookies/{i}/provider_country",
) if {
	some i, cookie in input.notice.cookies
	country := cookie.provider_country
	not countries.in_eea(country)
	not _disclosed[country]
}

# The destinations of the transfers the notice discloses.
_disclosed contains transfer.destination if some transfer in input.notice.transfers
