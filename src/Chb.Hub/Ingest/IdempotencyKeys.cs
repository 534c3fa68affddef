namespace Chb.Hub.Ingest;

/// <summary>Derives the idempotency key of a record pushed without one: its reference plus its content hash.</summary>
/// <remarks>Re-pushing an unchanged export is then a no-op, and a changed row becomes a new version.</remarks>
internal static class IdempotencyKeys
{
    public const int MaxLength = 300;

    public static string Derive(string partnerReference, string payloadHash) => string.Concat(partnerReference, "@", payloadHash.AsSpan(0, 32));
}
