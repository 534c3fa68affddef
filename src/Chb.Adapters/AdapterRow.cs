namespace Chb.Adapters;

/// <summary>The outcome of one row of a partner export: a canonical record or a rejection.</summary>
/// <remarks>Exactly one of <see cref="Record"/> and <see cref="Rejection"/> is set.</remarks>
public sealed record AdapterRow
{
    private AdapterRow(long rowNumber, CanonicalRecord? record, RowRejection? rejection)
    {
        RowNumber = rowNumber;
        Record = record;
        Rejection = rejection;
    }

    /// <summary>Gets the 1-based row, line or element number in the export.</summary>
    public long RowNumber { get; }

    /// <summary>Gets the record the row maps to, when it was accepted.</summary>
    public CanonicalRecord? Record { get; }

    /// <summary>Gets why the row was rejected, when it was.</summary>
    public RowRejection? Rejection { get; }

    /// <summary>Creates an accepted row.</summary>
    /// <param name="rowNumber">The 1-based row number.</param>
    /// <param name="record">The canonical record.</param>
    /// <returns>The row result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static AdapterRow Accept(long rowNumber, CanonicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new AdapterRow(rowNumber, record, null);
    }

    /// <summary>Creates a rejected row.</summary>
    /// <param name="rowNumber">The 1-based row number.</param>
    /// <param name="field">The partner field at fault, as named in the export (such as <c>Postcode</c>).</param>
    /// <param name="reason">Why, in words a partner's data manager can act on. Never quote a PROTECTED value.</param>
    /// <returns>The row result.</returns>
    public static AdapterRow Reject(long rowNumber, string field, string reason)
        => new(rowNumber, null, new RowRejection(field, reason));

    /// <summary>Creates a rejected row from several field problems.</summary>
    /// <param name="rowNumber">The 1-based row number.</param>
    /// <param name="problems">Every problem found in the row; at least one.</param>
    /// <returns>The row result; its rejection names the first field and lists all reasons.</returns>
    public static AdapterRow Reject(long rowNumber, IReadOnlyList<RowRejection> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        var first = problems[0];
        return new AdapterRow(rowNumber, null, first with { Others = [.. first.Others, .. problems.Skip(1)] });
    }
}

/// <summary>Why a row was rejected.</summary>
/// <param name="Field">The field at fault, as named in the partner export.</param>
/// <param name="Reason">A plain explanation; never a PROTECTED value.</param>
public sealed record RowRejection(string Field, string Reason)
{
    /// <summary>Gets further problems found in the same row.</summary>
    public IReadOnlyList<RowRejection> Others { get; init; } = [];
}
