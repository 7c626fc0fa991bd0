require('dotenv').config();
const express = require('express');
const cors = require('cors');
const mongoose = require('mongoose');
const listings = require('./routes/listings');

const app = express();
app.use(cors());
app.use(express.json());
app.use('/api/listings', listings);
app.get('/health', (req, res) => res.json({ ok: true }));

const PORT = process.env.PORT || 5000;
mongoose.connect(process.env.MONGO_URI || 'mongodb://127.0.0.1:27017/realestate')
  .then(() => app.listen(PORT, () => console.log(`API listening on ${PORT}`)))
  .catch((e) => { console.error('Mongo connection failed', e.message); process.exit(1); });
