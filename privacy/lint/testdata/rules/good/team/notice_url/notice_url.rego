# METADATA
# title: Notice URL missing
# description: |
#   Our notices are published on the web site; the document must say where,
#   so that the published text can be compared with this source.
# related_resources:
#   - description: GDPR Art. 12(1)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
# custom:
#   id: notice-url
#   severity: warning
#   references:
#     - GDPR Art. 12(1)
#   fix: Add url with the address where the notice is published.
#   examples:
#     avoid: |
#       title: Privacy notice
#     prefer: |
#       title: Privacy notice
#       url: https://www.example.be/privacy
# scope: package
package noticelint.rules.team.notice_url

import data.noticelint.lib.result

report contains result.fail("The notice does not say where it is published.", "") if not input.notice.url
