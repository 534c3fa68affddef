using Chb.Contracts.V1;
using Google.Protobuf.Collections;

namespace Chb.Cli.Lro;

/// <summary>Turns the hub's Disruption answers into the views <c>chb</c> prints and writes as JSON.</summary>
internal static class LroMapper
{
    public static OptionsResult Options(OptionsResponse response)
    {
        var plan = Plan(response.Opportunities, response.Groups, response.Balance, response.History);
        return new OptionsResult(
            response.AsOfSequence,
            response.Nominal is { } n ? Nominal(n) : null,
            response.Location is { } l ? Location(l) : null,
            plan.Options,
            plan.Groups,
            plan.Balance,
            plan.AllPursue,
            plan.History);
    }

    public static OcgResult Ocg(OcgOptionsResponse response)
    {
        var plan = Plan(response.Opportunities, response.Groups, response.Balance, response.History);
        return new OcgResult(
            response.OcgReference,
            response.OcgName,
            response.MorileScore,
            response.AsOfSequence,
            [.. response.Members.Select(Nominal)],
            [.. response.Locations.Select(Location)],
            plan.Options,
            plan.Groups,
            plan.Balance,
            plan.AllPursue,
            plan.History);
    }

    public static NominalView Nominal(Nominal n) => new(
        n.HubId,
        n.DisplayName,
        [.. n.Aliases],
        n.DateOfBirth,
        n.PncId,
        n.CroNumber,
        n.MatchedToPoliceNominal,
        [.. n.Agencies],
        [.. n.Roles.Select(r => new RoleView(r.Role, r.Agency, r.HubRecordId))],
        [.. n.Intelligence.Select(Intelligence)],
        Withheld(n.Withheld));

    public static LocationView Location(Location l)
        => new(l.HubId, l.Uprn, l.Address, l.Postcode, l.Easting, l.Northing, [.. l.Agencies], Withheld(l.Withheld));

    public static OptionView Option(Opportunity o) => new(
        o.OpportunityId,
        o.TacticId,
        o.TacticName,
        o.TacticCategory,
        o.LegalPower,
        o.Statute,
        o.OwningAgency,
        o.OwningAgencyContact,
        [.. o.Phases.Select(EnumText.Kebab)],
        [.. o.Strands.Select(EnumText.Kebab)],
        o.SubjectKind,
        o.SubjectHubId,
        o.Priority,
        EnumText.Kebab(o.Status),
        o.Rationale,
        [.. o.JustifyingRecordIds],
        [.. o.CorroboratingAgencies],
        o.DeconflictionContact,
        o.Sequence,
        Withheld(o.Withheld));

    public static InterventionView Intervention(Intervention i) => new(
        i.InterventionId,
        i.OpportunityId,
        i.TacticId,
        i.SubjectHubId,
        i.RecordedBy,
        i.RecordedByAgency,
        i.TakenAt?.ToDateTimeOffset(),
        EnumText.Kebab(i.AssessedDisruption),
        i.OutcomeSummary,
        EnumText.Kebab(i.NewStatus));

    public static WatchLine Watch(WatchEvent e)
        => new(e.Sequence, EnumText.Kebab(e.Kind), e.Kind == WatchEventKind.CaughtUp || e.Opportunity is null ? null : Option(e.Opportunity));

    private static IntelligenceView Intelligence(IntelligenceSummary i)
        => new(i.HubReference, i.OwningAgency, i.Category, i.Month, i.RecordedOn, i.Grading, i.Text, i.PostcodeSector, i.Consult, Withheld(i.Withheld));

    public static List<WithheldView> Withheld(RepeatedField<Withheld> withheld)
        => [.. withheld.Select(w => new WithheldView(w.Field, EnumText.Kebab(w.Reason), w.Consult))];

    private static PlanParts Plan(
        RepeatedField<Opportunity> options, RepeatedField<OptionGroup> groups, RepeatedField<StrandBalance> balance, RepeatedField<Intervention> history)
    {
        var strands = balance.Select(b => new BalanceView(EnumText.Kebab(b.Strand), b.OpenOptions)).ToList();
        var allPursue = strands.Any(b => b.Strand == EnumText.Kebab(FourPStrand.Pursue) && b.OpenOptions > 0)
            && strands.All(b => b.Strand == EnumText.Kebab(FourPStrand.Pursue) || b.OpenOptions == 0);
        return new PlanParts(
            [.. options.Select(Option)],
            [.. groups.Select(g => new GroupView(EnumText.Kebab(g.Phase), EnumText.Kebab(g.Strand), [.. g.OpportunityIds]))],
            strands,
            allPursue,
            [.. history.Select(Intervention)]);
    }

    private sealed record PlanParts(
        IReadOnlyList<OptionView> Options, IReadOnlyList<GroupView> Groups, IReadOnlyList<BalanceView> Balance, bool AllPursue, IReadOnlyList<InterventionView> History);
}
