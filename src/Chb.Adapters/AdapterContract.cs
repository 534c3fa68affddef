namespace Chb.Adapters;

/// <summary>Version of the adapter contract this SDK defines.</summary>
/// <remarks>
/// The host refuses an adapter whose <see cref="AdapterDescriptor.ContractVersion"/> differs from
/// the host's, with a clear log line, and keeps running without it.
/// </remarks>
public static class AdapterContract
{
    /// <summary>The current contract version.</summary>
    /// <value>1.</value>
    public const int Version = 1;
}
