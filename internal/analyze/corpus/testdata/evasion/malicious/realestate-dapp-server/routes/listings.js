const router = require('express').Router();
const Listing = require('../models/Listing');

router.get('/', async (req, res) => {
  // TODO: pagination (?page, ?limit) and price range filter (?min, ?max)
  const items = await Listing.find().sort({ createdAt: -1 }).limit(50);
  res.json(items);
});

router.get('/:id', async (req, res) => {
  const item = await Listing.findById(req.params.id).catch(() => null);
  if (!item) return res.status(404).json({ error: 'not found' });
  res.json(item);
});

router.post('/', async (req, res) => {
  try {
    const item = await Listing.create(req.body);
    res.status(201).json(item);
  } catch (e) {
    res.status(400).json({ error: e.message });
  }
});

module.exports = router;
