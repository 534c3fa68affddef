using System.Runtime.CompilerServices;
using Chb.Adapters;

namespace Chb.TestPlugins.Hostile;

/// <summary>Shared shape: a housing adapter that reads lines and turns each into a small case record.</summary>
public abstract class LineAdapter(string id) : IHubAdapter
{
    public virtual AdapterDescriptor Descriptor { get; } =
        new(id, id, new Version(1, 0), [AgencyKind.Housing], AdapterContract.Version);

    public abstract IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken);

    protected static AdapterRow Row(long n, string line) => AdapterRow.Accept(n, new CanonicalRecord
    {
        PartnerReference = $"LINE-{n}",
        Kind = RecordKind.Case,
        Case = new CaseDetails($"CASE-{n}", "ASB", line.Length > 0 ? "Open" : "Closed"),
    });

    protected static async IAsyncEnumerable<(long Number, string Line)> LinesAsync(Stream input, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(input);
        long n = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            yield return (++n, line);
        }
    }
}

/// <summary>Accepts two rows, then throws with row content in its message.</summary>
public sealed class ThrowingAdapter() : LineAdapter("test-throws/1")
{
    public override async IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (n, line) in LinesAsync(input, cancellationToken))
        {
            if (n == 3)
            {
                throw new InvalidOperationException($"cannot parse '{line}'");
            }

            yield return Row(n, line);
        }
    }
}

/// <summary>Accepts one row, then never completes and ignores cancellation.</summary>
public sealed class HangingAdapter() : LineAdapter("test-hangs/1")
{
    public override async IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (n, line) in LinesAsync(input, cancellationToken))
        {
            yield return Row(n, line);
            await new TaskCompletionSource().Task;
        }
    }
}

/// <summary>Returns null rows and rows whose records break the canonical rules.</summary>
public sealed class GarbageAdapter() : LineAdapter("test-garbage/1")
{
    public override async IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (n, _) in LinesAsync(input, cancellationToken))
        {
            yield return n % 2 == 1
                ? null!
                : AdapterRow.Accept(n, new CanonicalRecord { PartnerReference = string.Empty, Kind = (RecordKind)99 });
        }
    }
}

/// <summary>Returns no row sequence at all.</summary>
public sealed class NullSequenceAdapter() : LineAdapter("test-null-sequence/1")
{
    public override IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken) => null!;
}

/// <summary>Claims a future contract version: the host must refuse it.</summary>
public sealed class FutureContractAdapter() : LineAdapter("test-future/1")
{
    public override AdapterDescriptor Descriptor { get; } =
        new("test-future/1", "future", new Version(9, 0), [AgencyKind.Housing], AdapterContract.Version + 1);

    public override IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken)
        => throw new NotSupportedException();
}

/// <summary>Throws while being constructed: the host must refuse it and carry on.</summary>
public sealed class ExplodingConstructorAdapter : LineAdapter
{
    public ExplodingConstructorAdapter()
        : base("test-explodes/1") => throw new InvalidOperationException("boom");

    public override IAsyncEnumerable<AdapterRow> ParseAsync(Stream input, AdapterContext context, CancellationToken cancellationToken)
        => throw new NotSupportedException();
}
