namespace Chb.Cli.Lro;

/// <summary>An element the hub did not give the caller, why, and whom to ask.</summary>
internal sealed record WithheldView(string Field, string Reason, string Consult);

/// <summary>A person's role in one partner record.</summary>
internal sealed record RoleView(string Role, string Agency, string HubRecordId);

/// <summary>One intelligence item as far as the caller may see it; withheld fields are empty and listed in <see cref="Withheld"/>.</summary>
internal sealed record IntelligenceView(
    string HubReference,
    string OwningAgency,
    string Category,
    string Month,
    string RecordedOn,
    string Grading,
    string Text,
    string PostcodeSector,
    string Consult,
    IReadOnlyList<WithheldView> Withheld);

/// <summary>A person as the hub linked them across agencies.</summary>
internal sealed record NominalView(
    string HubId,
    string DisplayName,
    IReadOnlyList<string> Aliases,
    string DateOfBirth,
    string PncId,
    string CroNumber,
    bool MatchedToPoliceNominal,
    IReadOnlyList<string> Agencies,
    IReadOnlyList<RoleView> Roles,
    IReadOnlyList<IntelligenceView> Intelligence,
    IReadOnlyList<WithheldView> Withheld);

/// <summary>A place as the hub linked it across agencies.</summary>
internal sealed record LocationView(
    string HubId,
    string Uprn,
    string Address,
    string Postcode,
    int Easting,
    int Northing,
    IReadOnlyList<string> Agencies,
    IReadOnlyList<WithheldView> Withheld);

/// <summary>One option (opportunity): the tactic, its power, who owns it and whom to contact, and why it is offered.</summary>
internal sealed record OptionView(
    string OpportunityId,
    string TacticId,
    string TacticName,
    string TacticCategory,
    string LegalPower,
    string Statute,
    string OwningAgency,
    string OwningAgencyContact,
    IReadOnlyList<string> Phases,
    IReadOnlyList<string> Strands,
    string SubjectKind,
    string SubjectHubId,
    double Priority,
    string Status,
    string Rationale,
    IReadOnlyList<string> JustifyingRecordIds,
    IReadOnlyList<string> CorroboratingAgencies,
    string DeconflictionContact,
    ulong Sequence,
    IReadOnlyList<WithheldView> Withheld);

/// <summary>The live options of one CHB phase and 4P strand, highest priority first.</summary>
internal sealed record GroupView(string Phase, string Strand, IReadOnlyList<string> OpportunityIds);

/// <summary>How many live options a 4P strand has.</summary>
internal sealed record BalanceView(string Strand, int OpenOptions);

/// <summary>What was done about an option, and the disruption it caused.</summary>
internal sealed record InterventionView(
    string InterventionId,
    string OpportunityId,
    string TacticId,
    string SubjectHubId,
    string RecordedBy,
    string RecordedByAgency,
    DateTimeOffset? TakenAt,
    string AssessedDisruption,
    string OutcomeSummary,
    string NewStatus);

/// <summary>The options of a person, place or OCG: ranked, grouped, balanced, and what has been tried.</summary>
internal interface IPlanView
{
    IReadOnlyList<OptionView> Options { get; }

    IReadOnlyList<GroupView> Groups { get; }

    IReadOnlyList<BalanceView> Balance { get; }

    /// <summary>Gets whether every live option is Pursue (and there is at least one): a plan to rebalance.</summary>
    bool AllPursue { get; }

    IReadOnlyList<InterventionView> History { get; }
}

/// <summary><c>chb nominal show</c> and <c>chb location show</c>: the subject and its plan.</summary>
internal sealed record OptionsResult(
    ulong AsOfSequence,
    NominalView? Nominal,
    LocationView? Location,
    IReadOnlyList<OptionView> Options,
    IReadOnlyList<GroupView> Groups,
    IReadOnlyList<BalanceView> Balance,
    bool AllPursue,
    IReadOnlyList<InterventionView> History) : IPlanView;

/// <summary><c>chb ocg show</c>: the OCG, its members and places, and its plan.</summary>
internal sealed record OcgResult(
    string OcgReference,
    string OcgName,
    int MorileScore,
    ulong AsOfSequence,
    IReadOnlyList<NominalView> Members,
    IReadOnlyList<LocationView> Locations,
    IReadOnlyList<OptionView> Options,
    IReadOnlyList<GroupView> Groups,
    IReadOnlyList<BalanceView> Balance,
    bool AllPursue,
    IReadOnlyList<InterventionView> History) : IPlanView;

/// <summary><c>chb nominal search</c>: the people found, and where to continue when there are more.</summary>
internal sealed record SearchResult(IReadOnlyList<NominalView> Nominals, string? NextPageToken);

/// <summary><c>chb outcome record</c>: the intervention recorded, its change sequence, and the request id a retry reuses.</summary>
internal sealed record OutcomeResult(string RequestId, ulong Sequence, InterventionView Intervention);

/// <summary>One line of <c>chb watch --json</c>: an opportunity's change, or the caught-up marker (no opportunity).</summary>
internal sealed record WatchLine(ulong Sequence, string Kind, OptionView? Opportunity);
