using System.Text.Json;
using Chb.Contracts.V1;
using Chb.Hub.Access;
using Chb.Hub.Opportunities;
using Chb.Hub.Tactics;
using Google.Protobuf.WellKnownTypes;
using ContractPhase = Chb.Contracts.V1.ChbPhase;
using ContractStrand = Chb.Contracts.V1.FourPStrand;
using TacticPhase = Chb.Hub.Tactics.ChbPhase;
using TacticStrand = Chb.Hub.Tactics.FourPStrand;

namespace Chb.Hub.Lro;

/// <summary>
/// Turns stored opportunities and interventions into what an LRO is answered: ranked, grouped by CHB phase and
/// 4P strand with the strand balance, each with its owner's point of contact, through the disclosure policy.
/// Options whose tactic is no longer in force are left out.
/// </summary>
internal sealed class OptionViews(TacticCatalogue catalogue, DisclosureContext disclosure, DateOnly today)
{
    public List<Opportunity> Options(IEnumerable<StoredOpportunity> stored)
        => [.. stored
            .Select(s => (Stored: s, Tactic: catalogue.Find(s.TacticId)))
            .Where(p => p.Tactic is not null && p.Tactic.IsEffectiveOn(today))
            .OrderBy(p => OpportunityStates.IsClosed(p.Stored.Status) ? 1 : 0)
            .ThenByDescending(p => p.Stored.Priority)
            .ThenBy(p => p.Stored.OpportunityId, StringComparer.Ordinal)
            .Select(p => Option(p.Stored, p.Tactic!))];

    public Opportunity Option(StoredOpportunity stored, Tactic tactic)
    {
        var element = $"opportunity:{stored.OpportunityId}";
        var option = new Opportunity
        {
            OpportunityId = stored.OpportunityId,
            TacticId = tactic.Id,
            TacticName = tactic.Name,
            TacticCategory = tactic.Category,
            LegalPower = tactic.Instrument,
            Statute = tactic.Statute,
            OwningAgency = stored.OwningAgency,
            OwningAgencyContact = disclosure.Contact(stored.OwningAgency),
            SubjectKind = stored.SubjectKind,
            SubjectHubId = stored.SubjectHubId,
            Priority = stored.Priority,
            Status = Status(stored.Status),
            Sequence = (ulong)stored.EventSequence,
        };
        option.Phases.AddRange(tactic.Phases.Select(Phase));
        option.Strands.AddRange(tactic.Strands.Select(Strand));
        if (tactic.Deconfliction && disclosure.Deconflict(element, stored.OwningAgency, option.Withheld))
        {
            option.DeconflictionContact = option.OwningAgencyContact;
            disclosure.Disclose($"{element}/contact-only");
            return option;
        }

        var evidence = JsonSerializer.Deserialize(stored.Evidence, OpportunityJson.Default.EvidenceItemArray) ?? [];
        option.JustifyingRecordIds.AddRange(evidence.Select(e => e.RecordId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        option.CorroboratingAgencies.AddRange(evidence.Select(e => e.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        option.Rationale = stored.Rationale;
        disclosure.Disclose($"{element}/justification");
        return option;
    }

    /// <summary>Open and in-progress options by phase and strand, highest priority first within each group.</summary>
    public static IEnumerable<OptionGroup> Groups(IReadOnlyList<Opportunity> options)
        => options
            .Where(o => IsLive(o.Status))
            .SelectMany(o => o.Phases.SelectMany(p => o.Strands.Select(s => (Phase: p, Strand: s, Option: o))))
            .GroupBy(x => (x.Phase, x.Strand))
            .OrderBy(g => g.Key.Phase).ThenBy(g => g.Key.Strand)
            .Select(g =>
            {
                var group = new OptionGroup { Phase = g.Key.Phase, Strand = g.Key.Strand };
                group.OpportunityIds.AddRange(g.Select(x => x.Option.OpportunityId));
                return group;
            });

    /// <summary>Live options per 4P strand, every strand listed, so an all-Pursue plan shows as such.</summary>
    public static IEnumerable<StrandBalance> Balance(IReadOnlyList<Opportunity> options)
        => new[] { ContractStrand.Pursue, ContractStrand.Prevent, ContractStrand.Protect, ContractStrand.Prepare }
            .Select(s => new StrandBalance { Strand = s, OpenOptions = options.Count(o => IsLive(o.Status) && o.Strands.Contains(s)) });

    public static Intervention Intervention(StoredIntervention stored)
        => new()
        {
            InterventionId = stored.InterventionId,
            OpportunityId = stored.OpportunityId,
            TacticId = stored.TacticId,
            RecordedByAgency = stored.Agency,
            RecordedBy = stored.Actor,
            SubjectHubId = stored.SubjectHubId,
            TakenAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(stored.TakenAtTicks, TimeSpan.Zero)),
            AssessedDisruption = Grades.Parse(stored.Grade),
            OutcomeSummary = stored.Summary,
            NewStatus = stored.NewStatus.Length > 0 ? Status(stored.NewStatus) : OpportunityStatus.Unspecified,
        };

    public static OpportunityStatus Status(string status) => status switch
    {
        OpportunityStates.Open => OpportunityStatus.Open,
        OpportunityStates.InProgress => OpportunityStatus.InProgress,
        OpportunityStates.Done => OpportunityStatus.Done,
        OpportunityStates.NotPursued => OpportunityStatus.NotPursued,
        OpportunityStates.Withdrawn => OpportunityStatus.Withdrawn,
        _ => OpportunityStatus.Unspecified,
    };

    private static bool IsLive(OpportunityStatus status) => status is OpportunityStatus.Open or OpportunityStatus.InProgress;

    private static ContractPhase Phase(TacticPhase phase) => phase switch
    {
        TacticPhase.Clear => ContractPhase.Clear,
        TacticPhase.Hold => ContractPhase.Hold,
        _ => ContractPhase.Build,
    };

    private static ContractStrand Strand(TacticStrand strand) => strand switch
    {
        TacticStrand.Pursue => ContractStrand.Pursue,
        TacticStrand.Prevent => ContractStrand.Prevent,
        TacticStrand.Protect => ContractStrand.Protect,
        _ => ContractStrand.Prepare,
    };
}

/// <summary>Disruption grades as stored.</summary>
internal static class Grades
{
    public static string Name(DisruptionGrade grade) => grade switch
    {
        DisruptionGrade.None => "none",
        DisruptionGrade.Minor => "minor",
        DisruptionGrade.Moderate => "moderate",
        DisruptionGrade.Major => "major",
        _ => string.Empty,
    };

    public static DisruptionGrade Parse(string grade) => grade switch
    {
        "none" => DisruptionGrade.None,
        "minor" => DisruptionGrade.Minor,
        "moderate" => DisruptionGrade.Moderate,
        "major" => DisruptionGrade.Major,
        _ => DisruptionGrade.Unspecified,
    };
}
