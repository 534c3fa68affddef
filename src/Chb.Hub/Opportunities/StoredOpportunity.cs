namespace Chb.Hub.Opportunities;

/// <summary>An opportunity row as stored.</summary>
internal sealed record StoredOpportunity(
    string OpportunityId,
    string TacticId,
    string SubjectKind,
    string SubjectHubId,
    string OwningAgency,
    double Priority,
    string Status,
    string Evidence,
    string Rationale,
    string ContentHash,
    long EventSequence);

/// <summary>One fact that justifies an opportunity, as kept in the evidence column (codes and ids, never content).</summary>
internal sealed record EvidenceItem(string Fact, string Agency, string RecordId, string? On, string? Detail);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(EvidenceItem[]))]
internal sealed partial class OpportunityJson : System.Text.Json.Serialization.JsonSerializerContext;
