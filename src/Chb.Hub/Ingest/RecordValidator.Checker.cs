using Chb.Adapters;

namespace Chb.Hub.Ingest;

internal static partial class RecordValidator
{
    /// <summary>Small reusable checks that append to one problem list.</summary>
    private sealed class Checker(List<FieldProblem> problems)
    {
        public void Problem(string field, string reason) => problems.Add(new FieldProblem(field, reason));

        public void Reference(string field, string? value, bool required) => Text(field, value, MaxReference, required);

        public void Text(string field, string? value, int max, bool required)
        {
            if (value is null || value.Length == 0)
            {
                if (required)
                {
                    Problem(field, "is required");
                }

                return;
            }

            if (value.Length > max)
            {
                Problem(field, $"is longer than {max} characters");
            }
            else if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                Problem(field, "contains control characters");
            }
        }

        public void Marked(string field, MarkedText? text)
        {
            if (text is null)
            {
                return;
            }

            Text($"{field}.value", text.Value, MaxLongText, required: true);
            Defined($"{field}.disclosure", text.Disclosure);
        }

        public void Vrm(string field, string? value, bool required)
        {
            if (value is null)
            {
                if (required)
                {
                    Problem(field, "is required");
                }

                return;
            }

            if (!Vrms.TryNormalise(value, out var normal) || normal != value)
            {
                Problem(field, "must be a normalised registration mark (upper case, no spaces)");
            }
        }

        public void Defined<TEnum>(string field, TEnum value)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value) || Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                Problem(field, "is missing or not a known value");
            }
        }

        public void Items<T>(string field, IReadOnlyList<T>? items, Action<string, T> each)
        {
            if (items is null)
            {
                return;
            }

            if (items.Count > MaxItems)
            {
                Problem(field, $"has more than {MaxItems} entries");
                return;
            }

            for (var i = 0; i < items.Count; i++)
            {
                each($"{field}[{i}]", items[i]);
            }
        }
    }
}
