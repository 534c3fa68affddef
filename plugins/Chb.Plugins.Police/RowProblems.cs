using Chb.Adapters;

namespace Chb.Plugins.Police;

/// <summary>Collects every problem found in one element so its rejection lists them all.</summary>
internal sealed class RowProblems
{
    private readonly List<RowRejection> _items = [];

    public bool Any => _items.Count > 0;

    public IReadOnlyList<RowRejection> Items => _items;

    public void Add(string field, string reason) => _items.Add(new RowRejection(field, reason));

    public AdapterRow Reject(long row) => AdapterRow.Reject(row, _items);
}
