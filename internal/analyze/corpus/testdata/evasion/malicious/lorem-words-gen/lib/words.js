module.exports = [
  "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit",
  "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et",
  "dolore", "magna", "aliqua", "enim", "ad", "minim", "veniam", "quis",
  "nostrud", "exercitation", "ullamco", "laboris", "nisi", "aliquip", "ex", "ea",
  "commodo", "consequat", "duis", "aute", "irure", "in", "reprehenderit", "voluptate",
  "velit", "esse", "cillum", "fugiat", "nulla", "pariatur", "excepteur", "sint",
  "occaecat", "cupidatat", "non", "proident", "sunt", "culpa", "qui", "officia",
  "deserunt", "mollit", "anim", "id", "est", "laborum", "curabitur", "pretium",
  "tincidunt", "lacus", "gravida", "orci", "nunc", "facilisis", "mauris", "sagittis",
  "vitae", "porta", "felis", "ornare", "integer", "feugiat", "scelerisque", "varius",
  "morbi", "tristique", "senectus", "netus", "malesuada", "fames", "ac", "turpis",
  "egestas", "pellentesque", "habitant", "quam", "pulvinar", "mattis", "vulputate"
];
