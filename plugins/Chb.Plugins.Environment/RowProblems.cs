using Chb.Adapters;

namespace Chb.Plugins.Environment;

/// <summary>Collects every problem found in one line; reasons name fields and never quote values.</summary>
internal sealed class RowProblems
{
    private readonly List<RowRejection> _items = [];

    public int Count => _items.Count;

    public IReadOnlyList<RowRejection> Items => _items;

    public void Add(string field, string reason) => _items.Add(new RowRejection(field, reason));
}
