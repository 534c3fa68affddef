using System.Globalization;
using Chb.Contracts.Security;
using Chb.Hub.Audit;
using Chb.Hub.Data;

namespace Chb.Hub.Ingest;

/// <summary>
/// What the audit log keeps of a push: who pushed, which change sequences it stored and how many rows went to
/// the quarantine. Never record content.
/// </summary>
internal static class IngestAudit
{
    public static AuditEvent Collection(PushContext push, IReadOnlyList<AppendOutcome> outcomes, int quarantined)
    {
        var subjects = new List<string>(3) { $"push:{push.PushId}" };
        var (first, last) = (long.MaxValue, long.MinValue);
        foreach (var outcome in outcomes)
        {
            if (outcome.Status == AppendStatus.Stored)
            {
                (first, last) = (Math.Min(first, outcome.Sequence), Math.Max(last, outcome.Sequence));
            }
        }

        if (first <= last)
        {
            subjects.Add(string.Create(CultureInfo.InvariantCulture, $"sequences:{first}-{last}"));
        }

        if (quarantined > 0)
        {
            subjects.Add(string.Create(CultureInfo.InvariantCulture, $"quarantined:{quarantined}"));
        }

        return new AuditEvent(push.Actor, HubRoles.Partner, push.Agency, AuditActions.Collection, subjects);
    }

    public static AuditEvent Retraction(string actor, string agency, long sequence)
        => new(actor, HubRoles.Partner, agency, AuditActions.Alteration,
            [string.Create(CultureInfo.InvariantCulture, $"retraction:{sequence}")]);
}
