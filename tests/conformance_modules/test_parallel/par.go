package par
