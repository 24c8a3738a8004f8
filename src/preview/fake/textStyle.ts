/**
 * Fakes of the text-style subset the writer uses: SpreadsheetApp.newTextStyle()
 * .setForegroundColor(...).setBold(...).setFontSize(...).build(), and the TextStyle it
 * builds, which Range.setTextStyles applies to each cell's colour, weight and size at once.
 */
type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;
type TextStyleBuilder = GoogleAppsScript.Spreadsheet.TextStyleBuilder;

export const textStyleBuilderMethods = [
  'setForegroundColor',
  'setBold',
  'setFontSize',
  'build',
] as const;

const textStyleMethods = ['getForegroundColor', 'isBold', 'getFontSize'] as const;

export class FakeTextStyle implements Pick<TextStyle, (typeof textStyleMethods)[number]> {
  constructor(
    readonly foregroundColor: string | null,
    readonly bold: boolean | null,
    readonly fontSize: number | null,
  ) {}

  getForegroundColor(): string | null {
    return this.foregroundColor;
  }

  isBold(): boolean | null {
    return this.bold;
  }

  getFontSize(): number | null {
    return this.fontSize;
  }
}

export class FakeTextStyleBuilder
  implements Pick<TextStyleBuilder, (typeof textStyleBuilderMethods)[number]>
{
  private foregroundColor: string | null = null;
  private bold: boolean | null = null;
  private fontSize: number | null = null;

  setForegroundColor(cssString: string): TextStyleBuilder {
    if (!/^#[0-9a-f]{6}$/i.test(cssString))
      throw new Error(`Invalid argument: color (${cssString}); use a colour such as #1a73e8`);
    this.foregroundColor = cssString;
    return this.asBuilder();
  }

  setBold(bold: boolean): TextStyleBuilder {
    this.bold = bold;
    return this.asBuilder();
  }

  setFontSize(fontSize: number): TextStyleBuilder {
    if (!Number.isInteger(fontSize) || fontSize < 1)
      throw new Error(`Invalid argument: fontSize (${fontSize})`);
    this.fontSize = fontSize;
    return this.asBuilder();
  }

  build(): TextStyle {
    return new FakeTextStyle(
      this.foregroundColor,
      this.bold,
      this.fontSize,
    ) as unknown as TextStyle;
  }

  private asBuilder(): TextStyleBuilder {
    return this as unknown as TextStyleBuilder;
  }
}
