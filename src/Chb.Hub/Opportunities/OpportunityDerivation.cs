using System.Globalization;
using System.Text.Json;
using Chb.Hub.Agencies;
using Chb.Hub.Linking;
using Chb.Hub.Tactics;

namespace Chb.Hub.Opportunities;

/// <summary>
/// Turns what the hub holds on one subject (its mentions, their records and the facts they state, its OCGs' MoRiLE
/// score) into the opportunities the tactics catalogue gives it today, as rows ready to compare with the stored ones.
/// </summary>
internal sealed class OpportunityDerivation(TacticCatalogue catalogue, AgencyDirectory agencies)
{
    public List<StoredOpportunity> Derive(
        string kind, string hubId, IReadOnlyList<SubjectMention> mentions, IReadOnlyDictionary<long, LoadedRecord> records,
        IReadOnlyList<SubjectFact> facts, long? morile, DateOnly today)
    {
        if (mentions.Count == 0)
        {
            return [];
        }

        // An undated fact is as recent as the record that states it.
        var received = records.Values.ToDictionary(r => r.RecordId, r => r.Received, StringComparer.Ordinal);
        var dated = facts.Select(f => f.On is null && received.TryGetValue(f.RecordId, out var day) ? f with { On = day } : f).ToList();
        var subject = new TacticSubject(kind == SubjectKinds.Nominal ? FactSubject.Person : FactSubject.Location, dated)
        {
            Age = kind == SubjectKinds.Nominal ? AgeOf(mentions, records, today) : null,
            MorileScore = morile,
        };

        return [.. TacticEvaluator.Evaluate(catalogue, subject, today).Select(match => ToStored(match, kind, hubId))];
    }

    private static int? AgeOf(IReadOnlyList<SubjectMention> mentions, IReadOnlyDictionary<long, LoadedRecord> records, DateOnly today)
    {
        var births = mentions
            .Select(m => records.TryGetValue(m.RecordSequence, out var r) && m.ItemIndex < r.Record.Parties.Count ? r.Record.Parties[(int)m.ItemIndex].Person?.DateOfBirth : null)
            .OfType<DateOnly>()
            .GroupBy(d => d)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        return births is null ? null : TacticSubject.AgeOn(births.Key, today);
    }

    private StoredOpportunity ToStored(TacticMatch match, string kind, string hubId)
    {
        var tactic = match.Tactic;
        var items = match.Justification
            .Select(f => new EvidenceItem(f.Fact, f.Agency, f.RecordId, f.On?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Detail))
            .ToArray();
        var evidenceJson = JsonSerializer.Serialize(items, OpportunityJson.Default.EvidenceItemArray);
        var rationale = $"{tactic.Instrument}: " + string.Join("; ", match.Justification.Select(Describe).Distinct(StringComparer.Ordinal));
        if (match.AgeUnverified)
        {
            rationale += " (age unverified)";
        }

        var owner = OwnerOf(tactic, match.Agencies);
        var priority = Math.Round(match.Priority, 1);
        var hash = OpportunityIds.Content(string.Create(CultureInfo.InvariantCulture, $"{tactic.Id}\n{owner}\n{priority:F1}\n{evidenceJson}\n{rationale}"));
        return new StoredOpportunity(
            OpportunityIds.Opportunity(tactic.Id, kind, hubId), tactic.Id, kind, hubId, owner, priority, OpportunityStates.Open, evidenceJson, rationale, hash, 0);
    }

    private static string Describe(SubjectFact fact)
    {
        var what = FactNames.Descriptions.GetValueOrDefault(fact.Fact, fact.Fact);
        var detail = fact.Detail is null ? string.Empty : $" {fact.Detail}";
        var on = fact.On is { } day ? day.ToString(", yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        return $"{what}{detail} ({fact.Agency}{on})";
    }

    /// <summary>The agency that owns the power: one whose records justify it if any is of the right kind, else the first configured one.</summary>
    private string OwnerOf(Tactic tactic, IReadOnlyList<string> justifying)
    {
        foreach (var code in justifying)
        {
            if (agencies.TryGet(code, out var agency) && agency.Kind == tactic.OwningAgencyKind)
            {
                return code;
            }
        }

        return agencies.All.Where(a => a.Kind == tactic.OwningAgencyKind).Select(a => a.Code).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? tactic.OwningAgencyKind.ToString();
    }
}
