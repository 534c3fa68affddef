namespace Chb.Adapters;

/// <summary>
/// A partner-format adapter: turns one partner export into canonical records, one result per row.
/// </summary>
/// <remarks>
/// Implementations must be stateless and thread-safe: the host keeps one instance for its lifetime
/// and may parse several files at once. An adapter must stream its input (never buffer the whole
/// file), must drop every PROTECTED value before it yields a record, and must never throw for a bad
/// row: it yields <see cref="AdapterRow.Reject(long, string, string)"/> instead and carries on.
/// </remarks>
public interface IHubAdapter
{
    /// <summary>Gets who this adapter is and what it accepts.</summary>
    AdapterDescriptor Descriptor { get; }

    /// <summary>Parses a partner export as it arrives.</summary>
    /// <param name="input">The export's bytes; read forward only, the length may be unknown.</param>
    /// <param name="context">Facts about the push (the pushing agency).</param>
    /// <param name="cancellationToken">Stops parsing; the host cancels on timeout or disconnect.</param>
    /// <returns>One <see cref="AdapterRow"/> for every row of the export, in file order.</returns>
    IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken);
}
