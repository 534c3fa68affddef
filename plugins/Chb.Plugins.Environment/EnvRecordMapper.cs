using System.Text.Json;
using System.Text.RegularExpressions;
using Chb.Adapters;

namespace Chb.Plugins.Environment;

/// <summary>Maps one JSON object to a case record, or rejects it listing every problem.</summary>
internal static partial class EnvRecordMapper
{
    public static AdapterRow Map(long lineNumber, JsonElement root)
    {
        var problems = new RowProblems();
        var caseId = JsonFields.RequiredString(root, "caseId", "caseId", problems);
        var service = EnvVocabulary.OneOf(
            EnvVocabulary.Services, JsonFields.RequiredString(root, "service", "service", problems), "service", problems);
        var status = JsonFields.RequiredString(root, "status", "status", problems);
        var reportedAt = ReportedAt(root, problems);
        var offenceCode = JsonFields.OptionalString(root, "offenceCode", "offenceCode", problems);
        var outcome = EnvVocabulary.OneOf(
            EnvVocabulary.Outcomes, JsonFields.OptionalString(root, "outcome", "outcome", problems), "outcome", problems);
        var location = EnvLocationMapper.Map(root, problems);
        var parties = EnvPartyMapper.Map(root, problems);
        var notes = JsonFields.OptionalString(root, "notes", "notes", problems);
        if (problems.Count > 0 || service is null || location is null)
        {
            return AdapterRow.Reject(lineNumber, problems.Items);
        }

        return AdapterRow.Accept(lineNumber, new CanonicalRecord
        {
            PartnerReference = caseId,
            Kind = RecordKind.Case,
            Case = new CaseDetails(caseId, service, status) { OpenedAt = reportedAt, OffenceCode = offenceCode, Outcome = outcome },
            Locations = [location],
            Parties = parties.Parties,
            Vehicles = parties.Vehicles,
            Notes = notes is null ? null : MarkedText.OwnerOnly(notes),
            HasProtectedParty = parties.HasReporter,
        });
    }

    private static DateTimeOffset? ReportedAt(JsonElement root, RowProblems problems)
    {
        var raw = JsonFields.RequiredString(root, "reportedAt", "reportedAt", problems);
        if (raw.Length == 0)
        {
            return null;
        }

        // The format is strict ISO 8601 ('T', offset); the committed UkDates.TryParseIsoInstant also took
        // "02/03/2024 14:05 +00:00" (month first) or a bare time (dated today), so the shape is checked here.
        if (IsoInstant().IsMatch(raw) && UkDates.TryParseIsoInstant(raw, out var value))
        {
            return value;
        }

        problems.Add("reportedAt", "reportedAt must be an ISO 8601 date and time with an offset, such as 2024-01-30T23:10:00+00:00");
        return null;
    }

    private const string IsoInstantPattern =
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})$";

    [GeneratedRegex(IsoInstantPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoInstant();
}
