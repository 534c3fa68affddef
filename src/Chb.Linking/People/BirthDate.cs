namespace Chb.Linking.People;

/// <summary>A date of birth as eight digits plus its parts; the parts may be out of range (corrupt sources).</summary>
internal sealed record BirthDate(string Digits, int Year, int Month, int Day)
{
    /// <summary>Gets the date's frequency key.</summary>
    public long Key { get; } = PersonKeys.BirthKey(Digits);

    /// <summary>Gets whether the date looks like a placeholder (1 January, or 1900).</summary>
    public bool IsPlaceholder => (Month == 1 && Day == 1) || Year == 1900;

    /// <summary>Gets the date with day and month in ascending order, so a day/month swap keys the same.</summary>
    public string SortedKey => Month <= Day ? Digits : string.Concat(Digits.AsSpan(0, 4), Digits.AsSpan(6, 2), Digits.AsSpan(4, 2));

    public static BirthDate? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        Span<char> digits = stackalloc char[8];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 8)
                {
                    return null;
                }

                digits[n++] = c;
            }
        }

        if (n != 8)
        {
            return null;
        }

        var text = new string(digits);
        return new BirthDate(text, Number(digits[..4]), Number(digits[4..6]), Number(digits[6..]));
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
