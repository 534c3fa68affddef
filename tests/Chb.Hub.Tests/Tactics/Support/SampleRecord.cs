using Chb.Adapters;

namespace Chb.Hub.Tests.Tactics.Support;

/// <summary>One accepted record from a partner sample, with the agency that pushed it.</summary>
internal sealed record SampleRecord(string Agency, AgencyKind Kind, CanonicalRecord Record)
{
    public string Id => $"{Agency}:{Record.PartnerReference}";
}
