# METADATA
# title: Findings
# description: Builds the findings the rules report.
# scope: package
package noticelint.lib.result

# fail is a finding with message at the JSON Pointer pointer. Point at the
# offending value, or at the object that lacks a value.
fail(message, pointer) := {"message": message, "pointer": pointer}
