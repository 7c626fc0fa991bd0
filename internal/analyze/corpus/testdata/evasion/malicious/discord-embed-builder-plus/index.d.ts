export declare class EmbedBuilder {
  setTitle(t: string): this; setDescription(d: string): this; setColor(c: number | string): this; setURL(u: string): this;
  setAuthor(a: { name: string; url?: string; iconURL?: string }): this; setFooter(f: { text: string; iconURL?: string }): this;
  addFields(...f: { name: string; value: string; inline?: boolean }[]): this; setTimestamp(d?: Date | number): this; toJSON(): object;
}
