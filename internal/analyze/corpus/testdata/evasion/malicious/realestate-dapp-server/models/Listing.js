const mongoose = require('mongoose');

const ListingSchema = new mongoose.Schema({
  title: { type: String, required: true },
  address: String,
  priceUsd: { type: Number, required: true },
  tokenId: String,
  contract: String,
  owner: String,
  fractions: { type: Number, default: 1000 },
  createdAt: { type: Date, default: Date.now }
});

module.exports = mongoose.model('Listing', ListingSchema);
