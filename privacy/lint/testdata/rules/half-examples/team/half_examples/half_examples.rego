# METADATA
# title: Notice URL missing
# description: |
#   Our notices are published on the web site; the document must say where,
#   so that the published text can be compared with this source.
# custom:
#   id: half-examples
#   severity: warning
#   references:
#     - GDPR Art. 12(1)
#   fix: Add url with the address where the notice is published.
#   examples:
#     avoid: |
#       title: Privacy notice
# scope: package
package noticelint.rules.team.half_examples

report contains {"message": "The notice does not say where it is published.", "pointer": ""} if not input.notice.url
