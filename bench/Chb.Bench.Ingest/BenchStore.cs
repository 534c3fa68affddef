namespace Chb.Bench.Ingest;

/// <summary>
/// Where one size's hub keeps its data: a fresh SQLite file, or a fresh PostgreSQL database on a server the bench is
/// given. Each store also measures the raw insert limit of the same rows on its own engine.
/// </summary>
internal interface IBenchStore : IAsyncDisposable
{
    /// <summary>Gets the engine's name, for the table.</summary>
    string Engine { get; }

    /// <summary>Gets the hub settings that point it at this store.</summary>
    IReadOnlyList<string> HubSettings { get; }

    /// <summary>Gets the last change sequence and the linking and opportunity checkpoints.</summary>
    Task<(long Last, long Links, long Opportunities)> ProgressAsync();

    /// <summary>Gets the average stored body size, in bytes, so the raw limit inserts rows of the same size.</summary>
    Task<int> AverageBodyBytesAsync();

    /// <summary>Measures the raw insert limits of <paramref name="rows"/> rows of <paramref name="bodyBytes"/> on this engine, each with its label.</summary>
    IReadOnlyList<(string Label, double RowsPerSecond)> RawLimits(int rows, int bodyBytes);

    /// <summary>Keeps a copy of the loaded store in <paramref name="folder"/> where the engine allows it.</summary>
    void Keep(string folder);
}
