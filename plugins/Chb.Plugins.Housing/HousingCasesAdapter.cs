using System.Runtime.CompilerServices;
using Chb.Adapters;
using CsvHelper;

namespace Chb.Plugins.Housing;

public sealed class HousingCasesAdapter : IHubAdapter
{
    public AdapterDescriptor Descriptor { get; } = new(
        "housing-cases-csv/1", "Housing management case export (CSV)", new Version(1, 0, 0), [AgencyKind.Housing], AdapterContract.Version);

    public async IAsyncEnumerable<AdapterRow> ParseAsync(
        Stream input, AdapterContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);

        var malformed = new HashSet<long>();
        await using var csv = CsvReader.Create(input, HousingCsv.CreateOptions(malformed), leaveOpen: true);
        if (await HousingCsv.ReadHeaderAsync(csv, cancellationToken) is { } headerProblem)
        {
            yield return headerProblem;
            yield break;
        }

        var columns = HousingColumns.Resolve(csv);
        if (columns.Missing.Count > 0)
        {
            yield return AdapterRow.Reject(HousingCsv.HeaderRow, columns.Missing);
            yield break;
        }

        while (true)
        {
            // The reader completes synchronously for buffered records without looking at the token.
            cancellationToken.ThrowIfCancellationRequested();
            var step = await HousingCsv.NextAsync(csv, cancellationToken);
            if (step == CsvStep.End)
            {
                yield break;
            }

            if (step == CsvStep.TooLarge)
            {
                // The reader cannot resynchronise after an oversized record, so this is the last row.
                yield return HousingCsv.TooLargeRejection(csv.RowNumber + 2);
                yield break;
            }

            var rowNumber = csv.RowNumber + 1;
            yield return malformed.Remove(rowNumber)
                ? AdapterRow.Reject(rowNumber, "row", "the row's quoting is malformed (RFC 4180): check for a stray or unclosed quote")
                : HousingRowMapper.Map(rowNumber, HousingRow.Read(csv, columns));
        }
    }
}
