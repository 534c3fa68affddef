namespace Chb.Linking;

/// <summary>How many mentions hold each key; the model turns counts into frequency levels.</summary>
public interface IKeyCounts
{
    /// <summary>Gets how many mentions hold <paramref name="key"/> (0 when unknown).</summary>
    int Count(long key);
}

/// <summary>Counts held in a dictionary.</summary>
public sealed class KeyCounts(IReadOnlyDictionary<long, int> counts) : IKeyCounts
{
    /// <summary>Gets an instance that knows no counts.</summary>
    public static KeyCounts Empty { get; } = new(new Dictionary<long, int>());

    /// <inheritdoc/>
    public int Count(long key) => counts.GetValueOrDefault(key);
}
