# METADATA
# title: Notice undated
# description: |
#   A notice that gives neither the date from which it applies nor the date it
#   was last updated leaves readers unable to tell whether it is current or
#   which version applied when their data was collected. The transparency
#   guidelines ask controllers to date their notices and to bring changes to
#   people's attention.
# related_resources:
#   - description: GDPR Art. 12(1), transparent information
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_12
#   - description: Article 29 Working Party, Guidelines on transparency (WP260 rev.01), on changes to the information
#     ref: https://ec.europa.eu/newsroom/article29/items/622227
# custom:
#   id: notice-date
#   severity: info
#   references:
#     - GDPR Art. 12(1)
#     - WP260 rev.01
#   fix: |
#     Give effective_date (the date from which this version applies) or
#     last_updated, as YYYY-MM-DD, and update it with every change.
#   examples:
#     avoid: |
#       title: Privacy notice
#       version: "3.0"
#     prefer: |
#       title: Privacy notice
#       version: "3.0"
#       effective_date: "2026-09-01"
#       last_updated: "2026-09-01"
# scope: package
package noticelint.rules.transparency.notice_date

import data.noticelint.lib.text

report contains {
	"message": "The notice gives neither the date from which it applies nor the date it was last updated.",
	"pointer": "",
} if {
	not _dated
}

_dated if not text.blank(input.notice.effective_date)

_dated if not text.blank(input.notice.last_updated)
