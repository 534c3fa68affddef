namespace Chb.Cli.Demo;

/// <summary>A seeded source of choices. <see cref="Random(int)"/> is specified to repeat its sequence for a seed.</summary>
internal sealed class DemoRandom(int seed)
{
#pragma warning disable CA5394 // Demo data, not security: a repeatable sequence is the point.
    private readonly Random _random = new(seed);

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
#pragma warning restore CA5394

    public T PickWeighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = Between(1, items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll <= 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    public DateOnly Date(DateOnly from, DateOnly to) => from.AddDays(Between(0, to.DayNumber - from.DayNumber));

    public string Letters(int count, string alphabet) => string.Concat(Enumerable.Range(0, count).Select(_ => alphabet[Between(0, alphabet.Length - 1)]));

    public string Digits(int count) => Letters(count, "0123456789");
}
