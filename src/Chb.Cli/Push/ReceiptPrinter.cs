using System.Globalization;
using Spectre.Console;

namespace Chb.Cli.Push;

/// <summary>Prints a receipt for a person: the counts, then the rejected rows (the first 50 at most).</summary>
internal static class ReceiptPrinter
{
    public const int MaxRejectionsShown = 50;

    public static void Print(CliOutput output, PushReceipt receipt)
    {
        output.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"{receipt.File} -> {receipt.Agency} with {receipt.Adapter}: {receipt.Rows} rows, {receipt.Bytes} bytes in {receipt.Seconds:0.0} s (push {receipt.PushId})"));
        var counts = CliOutput.Table("accepted", "duplicates", "rejected", "last sequence");
        CliOutput.AddRow(counts, Number(receipt.Accepted), Number(receipt.Duplicates), Number(receipt.Rejected), Number((long)receipt.LastSequence));
        output.Write(counts);
        if (receipt.Rejections.Count == 0)
        {
            return;
        }

        var table = CliOutput.Table("row", "field", "reason");
        foreach (var rejection in receipt.Rejections.Take(MaxRejectionsShown))
        {
            CliOutput.AddRow(table, Number(rejection.Row), rejection.Field, rejection.Reason);
            foreach (var other in rejection.OtherProblems)
            {
                CliOutput.AddRow(table, string.Empty, other.Field, other.Reason);
            }
        }

        output.Line("Rejected rows:");
        output.Write(table);
        var rest = receipt.Rejections.Count - MaxRejectionsShown;
        if (rest > 0)
        {
            output.Line(string.Create(CultureInfo.InvariantCulture, $"... and {rest} more rejected rows (--json lists every one)."));
        }

        output.Line($"Every rejected row is kept in the quarantine: chb quarantine --agency {receipt.Agency}");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
