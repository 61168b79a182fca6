# METADATA
# title: Notice version missing
# description: A rule whose findings are misnamed, so that noticelint never sees them.
# custom:
#   id: no-report
#   severity: info
#   references: [GDPR Art. 12(1)]
#   fix: Add version with the notice's version label.
# scope: package
package noticelint.rules.team.no_report

findings contains {"message": "The notice has no version label.", "pointer": ""} if not input.notice.version
